/** Whether the sidebar is collapsed to its icons: narrow windows start collapsed; the user's choice is kept. */
import { create } from 'zustand';

const KEY = 'landfall.sidebar';

function initial(): boolean {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
  if (saved === 'collapsed') return true;
  if (saved === 'expanded') return false;
  return typeof window !== 'undefined' && window.innerWidth < 1200;
}

interface LayoutState {
  sidebarCollapsed: boolean;
  toggleSidebar(): void;
}

export const useLayout = create<LayoutState>((set, get) => ({
  sidebarCollapsed: initial(),
  toggleSidebar() {
    const next = !get().sidebarCollapsed;
    localStorage.setItem(KEY, next ? 'collapsed' : 'expanded');
    set({ sidebarCollapsed: next });
  },
}));
