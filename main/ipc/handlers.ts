/**
 * The IPC handler table: one entry per channel of the preload's contract,
 * each validating its arguments and calling the window's review session.
 * Only the guarded dispatcher (./dispatch) calls it, after checking the sender.
 */
import { CHANNELS, type Channel } from '../../preload/api';
import type { ReviewSession } from '../session/review-session';
import * as check from './validate';

export type Handler = (args: readonly unknown[]) => Promise<unknown>;
export type HandlerTable = Readonly<Record<Channel, Handler>>;

export function createHandlers(session: ReviewSession): HandlerTable {
  return {
    [CHANNELS.startup]: async () => session.startup(),
    [CHANNELS.openDraft]: async () => session.openDraft(),
    [CHANNELS.openReference]: async () => session.openReference(),
    [CHANNELS.openPaths]: async ([paths, target]) => session.openPaths(check.droppedPaths(paths), check.dropTarget(target)),
    [CHANNELS.registerDrop]: async ([paths]) => session.registerDrop(check.droppedPaths(paths)),
    [CHANNELS.reload]: async ([handle]) => session.reload(check.handle(handle)),
    [CHANNELS.reopenWithEncoding]: async ([handle, encoding]) => session.reopenWithEncoding(check.handle(handle), check.encoding(encoding)),
    [CHANNELS.setSaveEncoding]: async ([encoding]) => session.setSaveEncoding(check.encoding(encoding)),
    [CHANNELS.save]: async ([request]) => session.save(check.saveRequest(request)),
    [CHANNELS.exportReport]: async ([request]) => session.exportReport(check.reportRequest(request)),
    [CHANNELS.settings]: async () => session.settings(),
    [CHANNELS.saveSettings]: async ([settings]) => session.saveSettings(check.settings(settings)),
    [CHANNELS.keptReview]: async () => session.keptReview(),
    [CHANNELS.keepReview]: async ([snapshot]) => session.keepReview(snapshot === null ? null : check.keptReview(snapshot)),
    [CHANNELS.saveReviewAs]: async ([snapshot]) => session.saveReviewAs(check.reviewSnapshot(snapshot)),
    [CHANNELS.rejections]: async () => session.rejections(),
    [CHANNELS.saveRejections]: async ([counts]) => session.saveRejections(check.rejections(counts)),
    [CHANNELS.setEdited]: async ([edited]) => session.setEdited(check.boolean(edited)),
    [CHANNELS.keepRecovery]: async ([copy]) => session.keepRecovery(check.recoveryCopy(copy)),
    [CHANNELS.restoreRecovery]: async ([id]) => session.restoreRecovery(check.recoveryId(id)),
    [CHANNELS.discardRecovery]: async ([id]) => session.discardRecovery(check.recoveryId(id)),
    [CHANNELS.closeWindow]: async () => session.closeWindow(),
  };
}

/** True for a channel of the contract (and nothing inherited from Object). */
export function isChannel(table: HandlerTable, channel: unknown): channel is Channel {
  return typeof channel === 'string' && Object.prototype.hasOwnProperty.call(table, channel);
}
