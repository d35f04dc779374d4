// The storage shelf (issue 6): its layout, receiving results onto it, flags, and the hand-over.
export { getShelfLayout, saveShelfLayout, type SaveShelfLayoutError } from './shelf-layout';
export {
  checkArrivingResult,
  placeOnShelf,
  firstFreeSlot,
  listOccupiedSlots,
  receivableStatuses,
  type ReceivingCheck,
  type ReceivingCheckError,
  type PlaceOnShelfError,
  type PlacedOnShelf,
} from './receiving';
export {
  listOpenShelfFlags,
  resolveShelfFlag,
  shelfFlagKinds,
  shelfFlagNoteLimit,
  type ShelfFlagKind,
  type ShelfFlagRecord,
  type ResolveShelfFlagError,
} from './shelf-flags';
export {
  handOverResult,
  type HandOverPerson,
  type HandOverInput,
  type HandOverError,
  type HandedOver,
} from './hand-over';
