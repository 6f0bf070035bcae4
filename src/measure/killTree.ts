import { spawnSync, type ChildProcess } from 'node:child_process';

/**
 * Kills a process and everything it started, including process-pool workers. On POSIX the harness
 * is spawned as the leader of its own process group, so one signal to the group reaches the workers
 * even after they were re-parented; on Windows `taskkill /T` walks the tree.
 */
export function killTree(child: ChildProcess): void {
  if (child.pid === undefined) return;
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    return;
  }
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // The group is gone already; fall back to the process itself.
    try {
      child.kill('SIGKILL');
    } catch {
      /* already exited */
    }
  }
}
