/**
 * The application menu: the usual edit commands (so copy and paste work), zoom,
 * window controls, and a way to find the log file. Reload and the developer tools
 * exist only in development builds: in a packaged build a reload would only lose
 * what the user is typing.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  appName: string;
  showLogFile(): void;
}

export function menuTemplate({ isPackaged, platform, appName, showLogFile }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const devItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  return [
    ...(mac
      ? ([{ label: appName, submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] }] satisfies MenuItemConstructorOptions[])
      : []),
    { label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, ...devItems],
    },
    { label: 'Window', submenu: [{ role: 'minimize' }, ...(mac ? ([{ role: 'zoom' }, { role: 'front' }] satisfies MenuItemConstructorOptions[]) : [{ role: 'close' } as const])] },
    { label: 'Help', submenu: [{ label: 'Show Log File', click: () => showLogFile() }] },
  ];
}
