/**
 * Reading an ignore-rules file (`galley --rules FILE`): decoded like any
 * text file Galley opens, then checked field by field by the engine's
 * parseRuleFile. Any problem is a FileError naming the file.
 */
import { parseRuleFile, RuleFileError, type IgnoreRule } from '@galley/engine';
import { FileError } from '../files/errors';
import { readTextFile } from '../files/read';

export async function readRuleFile(path: string): Promise<IgnoreRule[]> {
  const { text } = await readTextFile(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FileError('undecodable', path, `not a rules file: it is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  try {
    return [...parseRuleFile(json).rules];
  } catch (error) {
    if (error instanceof RuleFileError) throw new FileError('undecodable', path, error.message);
    throw error;
  }
}
