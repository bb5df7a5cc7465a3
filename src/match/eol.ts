// End of life and age: an image whose tag names a release line past its end of life (`redis:7.0.15`,
// `python:3.8-slim`), or whose tag names such a base OS (`-ubuntu20.04`, `-bullseye`), and an AI product
// more than one release line behind its newest.
import type { EolProduct, ReleaseLine } from "../catalog/types.js";
import type { Component } from "../model/types.js";
import { catalogPattern } from "../model/pattern.js";
import { wildcard } from "../model/wildcard.js";
import { compareVersions, releaseLine } from "../versions/index.js";
import type { ComponentIdentity, ComponentMatch, EolHit } from "./types.js";

/** The numbers a tag starts with: `3.9` of `3.9-slim-bullseye`, `20` of `20-alpine`. */
const LEADING_NUMBERS = /^v?(\d+(?:\.\d+)*)/;
/** The first word of a tag, for codenames: `bullseye` of `bullseye-slim`. */
const FIRST_WORD = /^([a-z]+)/i;

export function eolHits(products: EolProduct[], component: Component, today: string): EolHit[] {
  if (component.type !== "image" || !component.image.tag) return [];
  const tag = component.image.tag;
  const name = component.image.registry ? `${component.image.registry.toLowerCase()}/${component.image.repository}` : component.image.repository;
  const hits: EolHit[] = [];
  for (const product of products) {
    const own = product.images.some((pattern) => wildcard(pattern).test(name));
    const line = own ? ownLine(product, tag) : suffixLine(product, tag);
    if (line?.eol && line.eol < today) hits.push({ product, line, via: own ? "version" : "base-os", successor: successor(product, line, today) });
  }
  return hits;
}

/** The line the tag of the product's own image names: its leading numbers cut to the line's parts, or a codename. */
function ownLine(product: EolProduct, tag: string): ReleaseLine | undefined {
  const numbers = (product.tagVersion ? catalogPattern(product.tagVersion) : LEADING_NUMBERS).exec(tag)?.[1];
  if (numbers !== undefined && /^\d/.test(numbers)) {
    const parts = numbers.split(".");
    // `redis:7` is whichever 7.x is newest: no line can be told.
    if (parts.length < product.lineParts) return undefined;
    return lineOf(product, parts.slice(0, product.lineParts).join("."));
  }
  const word = numbers ?? FIRST_WORD.exec(tag)?.[1];
  return word ? lineOf(product, word) : undefined;
}

function suffixLine(product: EolProduct, tag: string): ReleaseLine | undefined {
  if (!product.tagSuffix) return undefined;
  const found = catalogPattern(product.tagSuffix).exec(tag)?.[1];
  if (found === undefined) return undefined;
  if (/^\d/.test(found)) {
    const parts = found.split(".");
    return parts.length < product.lineParts ? undefined : lineOf(product, parts.slice(0, product.lineParts).join("."));
  }
  return lineOf(product, found);
}

/** The oldest line newer than `line` still supported a year from today (the smallest move that lasts), else the newest supported. */
function successor(product: EolProduct, line: ReleaseLine, today: string): ReleaseLine | undefined {
  const inAYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const newer = product.lines
    .filter((l) => /^\d/.test(l.line) && (compareVersions("semver", l.line, line.line) ?? 0) > 0 && (!l.eol || l.eol > today))
    .sort((a, b) => compareVersions("semver", a.line, b.line) ?? 0);
  return newer.find((l) => !l.eol || l.eol >= inAYear) ?? newer.at(-1);
}

function lineOf(product: EolProduct, lineOrCodename: string): ReleaseLine | undefined {
  const wanted = lineOrCodename.toLowerCase();
  return product.lines.find((l) => l.line === wanted || l.codename?.toLowerCase() === wanted);
}

/** An AI product whose line is older than the one before its newest (`ollama:0.3.14` when 0.13 and 0.12 are out). */
export function outdatedBy(identity: ComponentIdentity): ComponentMatch["outdated"] {
  const releases = identity.product?.releases;
  const written = identity.version ?? identity.written;
  if (!releases || written === undefined) return undefined;
  const [newest, previous] = releases.lines;
  const line = releaseLine(identity.scheme, written, newest.split(".").length);
  const behind = line === undefined ? undefined : compareVersions(identity.scheme, line, previous);
  if (behind === undefined || behind >= 0) return undefined;
  return { latest: releases.latest, newestLines: releases.lines, asOf: releases.asOf, source: releases.source };
}
