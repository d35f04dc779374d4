// The desk database's public API. Nothing here exposes Dexie: screens hold a DeskDatabase handle
// and call these functions. Writes return Result values; reads reject only when IndexedDB fails.
export {
  openDeskDatabase,
  defaultDatabaseName,
  type DeskDatabase,
  type OpenDeskDatabaseOptions,
  type OpenDatabaseError,
} from './database';
export {
  systemClock,
  randomIds,
  userRoles,
  type Clock,
  type IdSource,
  type UserRole,
  type SignedInUser,
  type DeskSession,
  type WriteContext,
} from './context';
export type { ApplicationRecord, EventRecord, DraftRecord, DeskPlace, SyncState } from './records';
export type { StorageError } from './internal/transactions';
export type { ValidationIssue } from './internal/validation';
export { currentSchemaVersion } from './schema/versions';

export {
  acceptApplication,
  type AcceptApplicationInput,
  type AcceptedApplication,
  type AcceptApplicationError,
} from './applications/accept-application';
export {
  refuseAtIntake,
  type RefuseAtIntakeInput,
  type RefusedApplication,
  type RefuseAtIntakeError,
} from './applications/refuse-at-intake';
export {
  recordReceiptPrinted,
  recordReceiptReprinted,
  type ReceiptPrintInput,
  type ReceiptPrintRecorded,
  type ReceiptPrintError,
} from './applications/receipt-prints';
export type { InvalidEventError } from './applications/application-events';
export {
  getApplication,
  listApplicationsOn,
  listTodaysApplications,
  type ApplicationWithHistory,
  type TodaysApplications,
} from './applications/application-queries';
export {
  searchApplications,
  searchKindOf,
  findApplicationsByIin,
  findApplicationsByName,
  findApplicationByReceiptNumber,
  type SearchKind,
  type SearchOptions,
  type SearchResult,
} from './applications/application-search';

export { saveDraft, loadDraft, deleteDraft, listDrafts, type SaveDraftError } from './drafts/drafts';
export { intakeDraftSchema, type IntakeDraft } from './drafts/draft-schema';

export { getSetting, setSetting, type SetSettingError } from './settings/settings';
export {
  centreSettingsSchema,
  workstationSettingsSchema,
  openingHoursSchema,
  centreTimeZoneSchema,
  settingDefaults,
  centreProfileOf,
  type CentreSettings,
  type WorkstationSettings,
  type BilingualText,
  type SettingKey,
  type SettingValues,
  type SettingValue,
} from './settings/settings-schemas';
export { dbMessages } from './messages';

export { needsSetUp, setUpDesk, type SetUpDeskError } from './users/desk-setup';
export { addUser, listUsers, type AddUserError } from './users/users';
export { signIn, unlockWithPin, type SignInError, type UnlockError } from './users/sign-in';
export {
  newUserSchema,
  deskSetUpSchema,
  loginSchema,
  passwordSchema,
  pinSchema,
  type NewUser,
  type DeskSetUp,
} from './users/user-schemas';
export type { UserSummary } from './users/user-session';

export {
  listProviders,
  providersFor,
  providerDirectorySavedAt,
  saveProviderDirectory,
  addLocalProvider,
  matchProviders,
  directoryKinds,
  newProviderSchema,
  providerMessages,
  providerDirectoryKey,
  type DirectoryEntry,
  type DirectoryKind,
  type NewProvider,
  type AddLocalProviderError,
  type SaveProviderDirectoryError,
} from './providers/providers';
export {
  getWorkCalendar,
  getDeskWorkCalendar,
  type DeskWorkCalendar,
  type WorkCalendarSource,
} from './calendar/work-calendar';

export type { QuarantineRecord, DeviceHoldCode } from './records';
export {
  getSyncEnrolment,
  getSyncProgress,
  saveSyncEnrolment,
  updateSyncProgress,
  recordSyncProblem,
  readSyncOverview,
  readSyncTrigger,
  syncProblem,
  initialSyncProgress,
  syncProblemCodes,
  deskSyncProblems,
  syncEnrolmentSchema,
  type SyncEnrolment,
  type SyncProgress,
  type SyncProblem,
  type SyncProblemCode,
  type DeskSyncProblem,
  type SyncOverview,
  type SyncTrigger,
} from './sync/sync-state';
export {
  readOutboxPage,
  readHistoryPage,
  highestDeviceSeq,
  countWaiting,
  acknowledgeThrough,
  holdDevice,
  isDeviceHeld,
  defaultPageLimits,
  type PushCandidate,
  type PageLimits,
  type ServerHolds,
  type Acknowledged,
} from './sync/push-queue';
export { applyPulledPage, type PulledPage, type PullApplied } from './sync/pull-apply';
export {
  listQuarantine,
  retryQuarantined,
  exportQuarantine,
  type RetryQuarantinedError,
} from './sync/quarantine';
export { watchQuery, type Watch } from './sync/watch';
export {
  addAttachment,
  listAttachments,
  getAttachmentBlob,
  removeAttachment,
  removeAttachmentsOf,
  countAttachments,
  sha256Hex,
  attachmentLimits,
  attachmentMessages,
  type AttachmentSummary,
  type AddAttachmentInput,
  type AddAttachmentError,
  type RemoveAttachmentError,
} from './attachments/attachments';
export { markScanUploaded, pendingScanUploads, type PendingScanUpload } from './attachments/scan-uploads';
export {
  listDueForReturn,
  createReturnBatch,
  listReturnBatches,
  getReturnBatch,
  recordTransferActPrinted,
  fileReRequest,
  listReRequests,
  type ReturnProvider,
  type DueForReturnGroup,
  type CreateReturnBatchInput,
  type CreateReturnBatchError,
  type ReturnBatchItem,
  type ReturnBatchView,
  type FileReRequestError,
  type ReRequestView,
} from './returns/returns';
export type { ReturnBatchRecord } from './records';
export {
  readShelfReview,
  readShelfOverview,
  filterShelfItems,
  slotMap,
  daysOnShelf,
  isOverdue,
  isDueThisWeek,
  isReRequestLate,
  weekEndOf,
  type ShelfReview,
  type ShelfOverview,
  type ShelfItem,
  type ShelfCounts,
  type ShelfFilter,
  type SlotMap,
  type SlotView,
  type SlotState,
  type SupervisorsOnlyError,
} from './review/shelf-review';
export {
  startStockTake,
  recordStockTakeScan,
  finishStockTake,
  readStockTake,
  readStockTakeReport,
  canonicalScan,
  type StockTakeRecord,
  type StockTakeScanRecord,
  type StockTakeError,
  type StockTakeScanInput,
  type ScanFinding,
  type ScanOutcome,
  type StockTakeReport,
  type StockTakeView,
  type UnexpectedItem,
  type MisplacedItem,
} from './review/stock-take';
export {
  getShelfLayout,
  saveShelfLayout,
  checkArrivingResult,
  placeOnShelf,
  firstFreeSlot,
  listOccupiedSlots,
  receivableStatuses,
  listOpenShelfFlags,
  resolveShelfFlag,
  shelfFlagKinds,
  shelfFlagNoteLimit,
  handOverResult,
  type SaveShelfLayoutError,
  type ReceivingCheck,
  type ReceivingCheckError,
  type PlaceOnShelfError,
  type PlacedOnShelf,
  type ShelfFlagKind,
  type ShelfFlagRecord,
  type ResolveShelfFlagError,
  type HandOverPerson,
  type HandOverInput,
  type HandOverError,
  type HandedOver,
} from './shelf';
