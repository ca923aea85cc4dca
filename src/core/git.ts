/** Running `git`: quietly for facts that may be missing, or strictly for work that must succeed. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** git's trimmed stdout, or undefined when git fails (not a repository, no git). */
export async function gitOutput(args: string[], cwd: string): Promise<string | undefined> {
  try {
    return (await execFileAsync('git', args, { cwd })).stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs git and returns its stdout; a failure throws with git's own last lines of stderr.
 * `redact` values (tokens) are replaced by *** in that message.
 */
export async function runGit(
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; redact?: string[] },
): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', args, {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' },
      maxBuffer: 64 << 20,
    });
    return stdout.trim();
  } catch (error) {
    const { stderr = '', message } = error as { stderr?: string; message: string };
    const lines = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('hint:'));
    let said = lines.slice(-4).join(' / ') || message;
    for (const secret of options.redact ?? []) if (secret) said = said.split(secret).join('***');
    const shown = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? '';
    throw new Error(`git ${shown} failed: ${said}`);
  }
}
