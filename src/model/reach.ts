// The order of reach values, in one place: every comparison of how far something can be reached uses it.
import type { Reach } from "./types.js";

const ORDER: Reach[] = ["loopback", "cluster", "private", "network"];

/** 0 for loopback up to 3 for network. */
export function reachRank(reach: Reach): number {
  return ORDER.indexOf(reach);
}

/** The widest of several reaches; undefined when there are none. */
export function widestReach(reaches: Reach[]): Reach | undefined {
  return reaches.reduce<Reach | undefined>((widest, r) => (widest === undefined || reachRank(r) > reachRank(widest) ? r : widest), undefined);
}
