export const id = 535;
export const ids = [535];
export const modules = {

/***/ 412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ cvssSeverity)
/* harmony export */ });
/* unused harmony export cvssLevel */
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8673);
/* harmony import */ var ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__);
// Severity from a CVSS vector: the score is computed from the vector, never copied from a source (a
// CNA's stated score can disagree with its own vector), and rated as the CVSS specification rates it.

// A CommonJS bundle: plain Node hands it over as the default export, the bundler as the namespace itself.
const { Cvss3P0, Cvss3P1, Cvss4P0 } = (ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0___default()) ?? ae_cvss_calculator__WEBPACK_IMPORTED_MODULE_0__;
/** Real vectors stay under 200 characters, every optional v4 metric written out included. */
const MAX_VECTOR_LENGTH = 512;
const PREFIX = /^CVSS:(3\.0|3\.1|4\.0)\//;
/** One `METRIC:VALUE` part. The calculator's own parser skips what it cannot read, so parts are checked first. */
const PART = /^[A-Z]{1,3}:[A-Za-z]{1,5}$/;
/** The qualitative rating of CVSS v3.1 §5 and v4.0 §6 (the same bands). */
function cvssLevel(score) {
    if (score === 0)
        return "none";
    if (score < 4)
        return "low";
    if (score < 7)
        return "medium";
    if (score < 9)
        return "high";
    return "critical";
}
/**
 * The base score (v3) or the score of the whole vector (v4, whose threat and environmental metrics are
 * part of its one score) of a `CVSS:3.0/`, `CVSS:3.1/` or `CVSS:4.0/` vector; undefined for a malformed
 * vector, one missing a base metric, and CVSS v2.
 */
function cvssSeverity(vector) {
    if (vector.length > MAX_VECTOR_LENGTH)
        return undefined;
    const prefix = PREFIX.exec(vector);
    if (!prefix)
        return undefined;
    const version = prefix[1];
    const seen = new Set();
    for (const part of vector.slice(prefix[0].length).split("/")) {
        if (!PART.test(part))
            return undefined;
        const metric = part.slice(0, part.indexOf(":"));
        if (seen.has(metric))
            return undefined;
        seen.add(metric);
    }
    let score;
    try {
        const cvss = version === "4.0" ? new Cvss4P0(vector) : version === "3.1" ? new Cvss3P1(vector) : new Cvss3P0(vector);
        if (!cvss.isBaseFullyDefined())
            return undefined;
        // For v4 the calculator's `base` is the score of the whole vector.
        score = cvss.calculateScores().base;
    }
    catch {
        // An unknown metric or value.
        return undefined;
    }
    if (score === undefined || !Number.isFinite(score) || score < 0 || score > 10)
        return undefined;
    return { score, level: cvssLevel(score), version };
}


/***/ }),

/***/ 6535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ readOsvRecord),
/* harmony export */   _t: () => (/* reexport safe */ _model_package_name_js__WEBPACK_IMPORTED_MODULE_1__._),
/* harmony export */   gY: () => (/* binding */ ecosystemBase),
/* harmony export */   osvToAdvisory: () => (/* binding */ osvToAdvisory)
/* harmony export */ });
/* harmony import */ var _cvss_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(412);
/* harmony import */ var _model_package_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6475);


// Also the export reader's and the data-update script's way to compare names.

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value) => (typeof value === "string" ? value : undefined);
const strings = (value) => (Array.isArray(value) ? value.filter((v) => typeof v === "string") : undefined);
const objects = (value) => (Array.isArray(value) ? value.filter(isObject) : []);
function readSeverity(value) {
    if (!Array.isArray(value))
        return undefined;
    return objects(value).flatMap((s) => (typeof s.type === "string" && typeof s.score === "string" ? [{ type: s.type, score: s.score }] : []));
}
function readEvent(event) {
    const out = {};
    for (const key of ["introduced", "fixed", "last_affected", "limit"]) {
        const value = str(event[key]);
        if (value !== undefined)
            out[key] = value;
    }
    return out;
}
function readAffected(entry) {
    const out = {};
    const pkg = entry.package;
    if (isObject(pkg) && typeof pkg.ecosystem === "string" && typeof pkg.name === "string") {
        out.package = { ecosystem: pkg.ecosystem, name: pkg.name };
        if (typeof pkg.purl === "string")
            out.package.purl = pkg.purl;
    }
    const severity = readSeverity(entry.severity);
    if (severity)
        out.severity = severity;
    if (Array.isArray(entry.ranges)) {
        out.ranges = objects(entry.ranges).flatMap((r) => {
            if (typeof r.type !== "string")
                return [];
            const range = { type: r.type, events: objects(r.events).map(readEvent) };
            if (typeof r.repo === "string")
                range.repo = r.repo;
            return [range];
        });
    }
    const versions = strings(entry.versions);
    if (versions)
        out.versions = versions;
    if (isObject(entry.database_specific))
        out.database_specific = entry.database_specific;
    if (isObject(entry.ecosystem_specific))
        out.ecosystem_specific = entry.ecosystem_specific;
    return out;
}
/** An OSV record from parsed JSON, with only the fields of the right type; undefined without a string `id`. */
function readOsvRecord(value) {
    if (!isObject(value) || typeof value.id !== "string" || value.id === "")
        return undefined;
    const record = { id: value.id };
    for (const key of ["summary", "details", "published", "modified", "withdrawn"]) {
        const text = str(value[key]);
        if (text !== undefined)
            record[key] = text;
    }
    const aliases = strings(value.aliases);
    if (aliases)
        record.aliases = aliases;
    const severity = readSeverity(value.severity);
    if (severity)
        record.severity = severity;
    if (Array.isArray(value.affected))
        record.affected = objects(value.affected).map(readAffected);
    if (Array.isArray(value.references)) {
        record.references = objects(value.references).flatMap((r) => (typeof r.type === "string" && typeof r.url === "string" ? [{ type: r.type, url: r.url }] : []));
    }
    if (isObject(value.database_specific)) {
        const { severity: word, ...rest } = value.database_specific;
        record.database_specific = typeof word === "string" ? { ...rest, severity: word } : rest;
    }
    return record;
}
/** An ecosystem without its release suffix: `Debian:12` → `Debian`. */
function ecosystemBase(ecosystem) {
    const colon = ecosystem.indexOf(":");
    return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}
function affectsPackage(affected, key) {
    const pkg = affected.package;
    if (!pkg || ecosystemBase(pkg.ecosystem) !== key.ecosystem)
        return false;
    return (0,_model_package_name_js__WEBPACK_IMPORTED_MODULE_1__/* .comparableName */ ._)(key.ecosystem, pkg.name) === (0,_model_package_name_js__WEBPACK_IMPORTED_MODULE_1__/* .comparableName */ ._)(key.ecosystem, key.name);
}
/**
 * The spans an `ECOSYSTEM` or `SEMVER` range's events describe, read in the order written (OSV's own
 * records list them in version order): each `introduced` opens a span (`"0"`: from the first version),
 * `fixed` or `last_affected` closes it; a span still open at the end has no fix. A second `introduced`
 * while a span is open does not start another (the earlier start stands); `limit` only bounds where a
 * `GIT` walk stops and says nothing about versions.
 */
function spans(events) {
    const out = [];
    let open;
    for (const event of events) {
        if (event.introduced !== undefined) {
            open ??= event.introduced === "0" ? {} : { introduced: event.introduced };
        }
        else if (event.fixed !== undefined) {
            out.push({ ...open, fixed: event.fixed });
            open = undefined;
        }
        else if (event.last_affected !== undefined) {
            out.push({ ...open, lastAffected: event.last_affected });
            open = undefined;
        }
    }
    if (open)
        out.push(open);
    return out;
}
const CVE_ID = /^CVE-\d{4}-\d{4,}$/;
const LABELS = {
    critical: "critical",
    high: "high",
    moderate: "medium",
    medium: "medium",
    low: "low",
};
/** The CVSS vector to compute from (v4 before v3; v2 not used), else the source's word for it. */
function severityOf(record, affected) {
    const scores = [...(record.severity ?? []), ...affected.flatMap((a) => a.severity ?? [])];
    for (const type of ["CVSS_V4", "CVSS_V3"]) {
        const vector = scores.find((s) => s.type === type && (0,_cvss_js__WEBPACK_IMPORTED_MODULE_0__/* .cvssSeverity */ .l)(s.score) !== undefined)?.score;
        if (vector)
            return { cvss: vector };
    }
    const words = [record.database_specific?.severity, ...affected.map((a) => str(a.database_specific?.severity))];
    for (const word of words) {
        const label = word === undefined ? undefined : LABELS[word.toLowerCase()];
        if (label)
            return { label };
    }
    return {};
}
const SUMMARY_LENGTH = 200;
/** One line: the record's summary, else the start of its details. */
function oneLine(record) {
    const text = (record.summary || record.details || record.id).replace(/\s+/g, " ").trim();
    return text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
}
/** YYYY-MM-DD of a timestamp; Go's vulndb writes `0001-01-01T00:00:00Z` for "not recorded". */
function day(timestamp) {
    if (timestamp === undefined || !/^\d{4}-\d{2}-\d{2}/.test(timestamp) || timestamp.startsWith("0001-"))
        return undefined;
    return timestamp.slice(0, 10);
}
/**
 * The advisory an OSV record makes for one package, or undefined when the record is withdrawn, does not
 * name the package, or names no version of it (only `GIT` commit ranges). The package is matched by
 * ecosystem (a suffix such as `Debian:12` counts as its base) and by name: PyPI names normalised, every
 * other ecosystem's exactly. Explicit `versions` lists are used only when no `ECOSYSTEM` or `SEMVER`
 * range says anything, since OSV computes those lists from the ranges.
 */
function osvToAdvisory(record, key) {
    if (record.withdrawn)
        return undefined;
    const affected = (record.affected ?? []).filter((a) => affectsPackage(a, key));
    if (affected.length === 0)
        return undefined;
    const versionRanges = affected.flatMap((a) => a.ranges ?? []).filter((r) => r.type === "ECOSYSTEM" || r.type === "SEMVER");
    let ranges = versionRanges.flatMap((r) => spans(r.events));
    if (ranges.length === 0) {
        ranges = [...new Set(affected.flatMap((a) => a.versions ?? []))].map((v) => ({ introduced: v, lastAffected: v }));
    }
    if (ranges.length === 0)
        return undefined;
    const ids = [record.id, ...(record.aliases ?? [])];
    const id = ids.find((i) => CVE_ID.test(i)) ?? record.id;
    const advisory = {
        id,
        aliases: [...new Set(ids)].filter((i) => i !== id),
        summary: oneLine(record),
        severity: severityOf(record, affected),
        affects: [{ package: { ecosystem: key.ecosystem, name: key.name }, ranges }],
        source: `https://osv.dev/vulnerability/${encodeURIComponent(record.id)}`,
    };
    const published = day(record.published);
    if (published)
        advisory.published = published;
    return advisory;
}


/***/ })

};
