/** The `galley` CLI run in process on `args`: its exit status and what it wrote (bytes as UTF-8). */
import { run, type CliIo } from '../../main/cli/run';

export async function galley(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string | Uint8Array) => (stdout += typeof s === 'string' ? s : Buffer.from(s).toString('utf8')) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    version: 'test',
  };
  const status = await run(args, io);
  return { status, stdout, stderr };
}
