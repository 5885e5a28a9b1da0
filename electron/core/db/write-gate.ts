/**
 * One writer at a time. Every write channel holds the book while its handler runs (dispatch.ts); a write that
 * spans awaits (an import streaming a file) holds it for its whole length, so another write asked for meanwhile
 * is refused at once with 'busy' rather than run inside that write's transaction (and be rolled back with it).
 * Refusing is deliberate: an import can take minutes, and a UI call left waiting that long is worse than a clear
 * message. A write is also refused when the connection is inside a transaction that no write channel opened
 * (a service driven directly, as some tests do).
 */
import { AppError, type Bilingual } from '../../../shared/ipc/errors';
import type { Store } from './store';

const HOLDER_TEXT: Record<string, Bilingual> = {
  'import.run': { zh: '正在导入，请在导入完成后再试', en: 'An import is running; try again when it has finished' },
  'sync.import': { zh: '正在导入同步包，请在完成后再试', en: 'A sync pack is being imported; try again when it has finished' },
  'ratings.run': { zh: '正在评级，请在评级完成后再试', en: 'A rating run is in progress; try again when it has finished' },
  'book.demo': { zh: '正在生成演示数据，请在完成后再试', en: 'The demo book is being built; try again when it has finished' },
};
const OTHER_TEXT: Bilingual = { zh: '另一项修改正在进行，请在它完成后再试', en: 'Another change is in progress; try again when it has finished' };

export function busyError(holder: string | null): AppError {
  return new AppError('busy', HOLDER_TEXT[holder ?? ''] ?? OTHER_TEXT, holder ? { holder } : undefined);
}

/** Another program (a second TierDesk, the CLI) kept the book's file locked longer than the busy timeout. */
export function otherProcessBusy(): AppError {
  return new AppError('busy', {
    zh: '账本正被另一个程序（另一个 TierDesk 窗口或命令行）写入，请稍后再试',
    en: 'Another program (a second TierDesk or the command line) is writing to this book; try again later',
  });
}

export class WriteGate {
  private held: string | null = null;

  /** `store`: the book's connection now (it changes when a restore reopens the book) */
  constructor(private readonly store: () => Store) {}

  /** The write channel holding the book, or null. */
  get holder(): string | null {
    return this.held;
  }

  /** True while a write channel holds the book: reads then go to the read-only connection. */
  get busy(): boolean {
    return this.held !== null;
  }

  /**
   * Holds the book for `who` until the returned function is called; throws 'busy' when it is held, or when
   * the connection is inside a transaction left open across awaits by code that did not hold the book.
   */
  enter(who: string): () => void {
    if (this.held !== null || this.store().sqlite.inTransaction) throw busyError(this.held);
    this.held = who;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held = null;
    };
  }
}
