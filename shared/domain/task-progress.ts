/** How far a task is done as every screen and export shows it: a task with an actual finish is 100 % done. */
export function percentDone(task: { percentComplete: number; actualFinish: string | null }): number {
  return task.actualFinish !== null ? 100 : task.percentComplete;
}
