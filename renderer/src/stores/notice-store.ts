/** A short confirmation after an action ("Created “Germany launch”."), shown in a status region. */
import { create } from 'zustand';

interface NoticeState {
  message: string | null;
  seq: number;
  show(message: string): void;
  dismiss(): void;
}

export const useNotice = create<NoticeState>((set) => ({
  message: null,
  seq: 0,
  show: (message) => set((s) => ({ message, seq: s.seq + 1 })),
  dismiss: () => set({ message: null }),
}));
