import readline from 'node:readline';
import { AppError } from '../../shared/ipc/errors';

/** The environment variable the CLI reads a pack passphrase from (argv is visible to every user of the machine). */
export const PASSPHRASE_ENV = 'TIERDESK_PASSPHRASE';

/**
 * A pack passphrase: from TIERDESK_PASSPHRASE, else asked on the terminal (not echoed), else an error saying
 * how to give it. `given` is the discouraged --passphrase value, still honoured.
 */
export async function readPassphrase(given: string | undefined, purpose: { zh: string; en: string }): Promise<string> {
  if (given) return given;
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY || !process.stderr.isTTY) {
    throw new AppError('validation', {
      zh: `需要口令（${purpose.zh}）：请设置环境变量 ${PASSPHRASE_ENV}，或在终端中运行以输入口令。`,
      en: `A passphrase is needed (${purpose.en}): set ${PASSPHRASE_ENV}, or run in a terminal to be asked for it.`,
    });
  }
  return ask(`Passphrase (${purpose.en}): `);
}

function ask(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput(text: string): void };
    process.stderr.write(prompt);
    output._writeToOutput = () => {}; // typed characters are not echoed
    rl.question('', (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}
