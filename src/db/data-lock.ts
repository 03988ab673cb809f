import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * One process at a time on an embedded (PGlite) data folder: two would each keep their own copy of the
 * database in memory and overwrite each other's files. The lock is a file beside the folder holding the
 * PID of its owner, created atomically (written aside, then hard-linked into place, which fails if it
 * exists), the way PostgreSQL guards its data directory with postmaster.pid. A lock whose process is
 * gone (a crash, `kill -9`) is stale and taken over.
 */

export class DataFolderInUse extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `the data folder ${folder} is in use by process ${pid}: stop it first, or set DATA_DIR to another folder (lock: ${lockFile})`,
    );
    this.name = 'DataFolderInUse';
  }
}

export interface DataFolderLock {
  readonly file: string;
  release(): void;
}

/** Lock files this process holds: one PID may not open the same folder twice either. */
const held = new Set<string>();

function ownerOf(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataFolder(folder: string): DataFolderLock {
  const file = `${folder}.lock`;
  const aside = `${file}.${process.pid}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    writeFileSync(aside, `${process.pid}\n`);
    try {
      linkSync(aside, file);
      held.add(file);
      const release = () => {
        if (!held.delete(file)) return;
        process.removeListener('exit', release);
        if (ownerOf(file) === process.pid) rmSync(file, { force: true });
      };
      process.on('exit', release);
      return { file, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(aside, { force: true });
    }
    const pid = ownerOf(file);
    // Our own PID in a lock we do not hold is stale too: a restarted container often gets the same PID.
    if (pid !== null && isAlive(pid) && (pid !== process.pid || held.has(file))) {
      throw new DataFolderInUse(folder, pid, file);
    }
    rmSync(file, { force: true });
  }
  throw new Error(`could not lock the data folder ${folder} (lock: ${file})`);
}
