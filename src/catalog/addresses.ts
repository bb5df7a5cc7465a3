// Addresses with a fixed meaning, named once.

/** A host address only the machine itself reaches: 127.0.0.0/8, ::1 and `localhost` (RFC 1122 §3.2.1.3, RFC 4291 §2.5.3). */
export const LOOPBACK_HOST = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|\[::1\]|localhost)$/i;

/** Loopback as a catalog knob value (matched whole, case-insensitive). */
export const LOOPBACK_VALUE = "127\\.0\\.0\\.1|localhost|::1|\\[::1\\]";

/** Every interface as a catalog knob value: 0.0.0.0 and :: (bracketed or not). */
export const ALL_INTERFACES_VALUE = "0\\.0\\.0\\.0|::|\\[::\\]";
