export {
  RecoveryStore,
  recoveryId,
  isRecoveryId,
  RECOVERY_FOLDER_NAME,
  type RecoveryInput,
  type RecoveryCopy,
  type RecoverySummary,
  type RecoveryStoreOptions,
} from './store';
