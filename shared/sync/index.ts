// Public API of the sync protocol, used by the desk (renderer/sync) and the server alike.
export * from './canonical-json';
export * from './protocol';
export * from './messages';
