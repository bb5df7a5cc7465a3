export const id = 918;
export const ids = [918,535];
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

/***/ 2918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openOsvExport: () => (/* binding */ openOsvExport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _osv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6535);
// Offline advisory lookup from a local OSV export (https://google.github.io/osv.dev/data/): a folder of
// OSV JSON files at any depth, or a zip such as `<ECOSYSTEM>/all.zip` or the all-ecosystems `all.zip`.
// Zips are read with node:zlib alone: the central directory is parsed, each entry read at its offset.
// Nothing is indexed until the first lookup; bad files become `errors`, never a crash.




/** OSV records are kilobytes; a larger entry is a mistake or a zip bomb. */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
const MAX_ERRORS = 100;
const isJson = (name) => name.toLowerCase().endsWith(".json");
const partitionOf = (name) => (name.includes("/") ? name.slice(0, name.indexOf("/")) : "");
function directorySource(root, errors) {
    const files = [];
    // An explicit stack: a deep tree cannot overflow the call stack. Linked folders are not entered, so a
    // link cycle cannot loop.
    const stack = [root];
    while (stack.length > 0) {
        const dir = stack.pop();
        let list;
        try {
            list = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
        }
        catch (cause) {
            errors(`${dir}: ${cause.message}`);
            continue;
        }
        for (const entry of list) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
            if (entry.isDirectory())
                stack.push(path);
            else if (isJson(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false })?.isFile())))
                files.push(path);
        }
    }
    files.sort();
    const entries = files.map((path) => {
        const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join("/");
        return { name, partition: partitionOf(name) };
    });
    return {
        entries,
        read(index) {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(files[index], "r");
            try {
                const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
                if (size > MAX_ENTRY_BYTES)
                    throw new Error(`${size} bytes, more than the ${MAX_ENTRY_BYTES / 1024 / 1024} MiB a record may have`);
                const data = Buffer.alloc(size);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, data, 0, size, 0);
                return data;
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        },
        close() { },
    };
}
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
function readAt(fd, position, length) {
    const buffer = Buffer.alloc(length);
    const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, length, position);
    if (read !== length)
        throw new Error(`the file ends early (wanted ${length} bytes at offset ${position})`);
    return buffer;
}
function uint64(buffer, offset) {
    const value = buffer.readBigUInt64LE(offset);
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        throw new Error("a zip64 size or offset beyond 2^53");
    return Number(value);
}
/** The central directory's offset, size and entry count, from the end record (zip64 when it says so). */
function endOfCentralDirectory(fd, fileSize) {
    // The end record is 22 bytes plus a comment of up to 65535 bytes, at the very end of the file.
    const tailLength = Math.min(fileSize, 22 + 0xffff);
    const tail = readAt(fd, fileSize - tailLength, tailLength);
    let at = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tailLength) {
            at = i;
            break;
        }
    }
    if (at < 0)
        throw new Error("not a zip file, or a truncated one (no end of central directory)");
    const end = fileSize - tailLength + at;
    if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0)
        throw new Error("a zip split over several disks cannot be read");
    let count = tail.readUInt16LE(at + 10);
    let size = tail.readUInt32LE(at + 12);
    let offset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
        if (end < 20)
            throw new Error("zip64 end of central directory locator missing");
        const locator = readAt(fd, end - 20, 20);
        if (locator.readUInt32LE(0) !== ZIP64_LOCATOR)
            throw new Error("zip64 end of central directory locator missing");
        if (locator.readUInt32LE(16) > 1)
            throw new Error("a zip64 file split over several disks cannot be read");
        const recordAt = uint64(locator, 8);
        if (recordAt + 56 > end)
            throw new Error("zip64 end of central directory record out of the file");
        const record = readAt(fd, recordAt, 56);
        if (record.readUInt32LE(0) !== ZIP64_EOCD)
            throw new Error("zip64 end of central directory record missing");
        count = uint64(record, 32);
        size = uint64(record, 40);
        offset = uint64(record, 48);
    }
    if (offset + size > end)
        throw new Error("the central directory lies outside the file (truncated?)");
    return { offset, size, count, end };
}
function zipSource(path, errors) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "r");
    try {
        const { offset, size, count } = endOfCentralDirectory(fd, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size);
        const directory = readAt(fd, offset, size);
        const entries = [];
        const zipEntries = [];
        let at = 0;
        for (let i = 0; i < count; i++) {
            if (at + 46 > size || directory.readUInt32LE(at) !== CENTRAL) {
                errors(`${path}: central directory ends after ${i} of ${count} entries`);
                break;
            }
            const flags = directory.readUInt16LE(at + 8);
            const method = directory.readUInt16LE(at + 10);
            const crc = directory.readUInt32LE(at + 16);
            let compressedSize = directory.readUInt32LE(at + 20);
            let entrySize = directory.readUInt32LE(at + 24);
            const nameLength = directory.readUInt16LE(at + 28);
            const extraLength = directory.readUInt16LE(at + 30);
            const commentLength = directory.readUInt16LE(at + 32);
            let headerOffset = directory.readUInt32LE(at + 42);
            const next = at + 46 + nameLength + extraLength + commentLength;
            if (next > size) {
                errors(`${path}: central directory ends inside entry ${i + 1}`);
                break;
            }
            const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
            // Zip64: the 32-bit fields that overflowed hold 0xffffffff, and the extra field 0x0001 holds their
            // 64-bit values, in this order.
            let extra = at + 46 + nameLength;
            const extraEnd = extra + extraLength;
            while (extra + 4 <= extraEnd) {
                const id = directory.readUInt16LE(extra);
                const length = directory.readUInt16LE(extra + 2);
                if (id === 0x0001) {
                    let field = extra + 4;
                    const take = () => {
                        if (field + 8 > extra + 4 + length)
                            throw new Error(`entry ${name}: zip64 extra field too short`);
                        const value = uint64(directory, field);
                        field += 8;
                        return value;
                    };
                    try {
                        if (entrySize === 0xffffffff)
                            entrySize = take();
                        if (compressedSize === 0xffffffff)
                            compressedSize = take();
                        if (headerOffset === 0xffffffff)
                            headerOffset = take();
                    }
                    catch (error) {
                        errors(`${path}: ${error.message}`);
                        entrySize = -1;
                    }
                }
                extra += 4 + length;
            }
            at = next;
            if (name.endsWith("/") || !isJson(name) || entrySize < 0)
                continue;
            if (flags & 1)
                errors(`${path}: ${name}: encrypted, skipped`);
            else if (method !== 0 && method !== 8)
                errors(`${path}: ${name}: compression method ${method} is not supported, skipped`);
            else if (entrySize > MAX_ENTRY_BYTES)
                errors(`${path}: ${name}: claims ${entrySize} bytes, more than the ${MAX_ENTRY_BYTES / 1024 / 1024} MiB a record may have; skipped`);
            else if (headerOffset + 30 + compressedSize > offset)
                errors(`${path}: ${name}: its data lies outside the file, skipped`);
            else {
                entries.push({ name, partition: partitionOf(name) });
                zipEntries.push({ method, crc, compressedSize, size: entrySize, headerOffset });
            }
        }
        let open = true;
        return {
            entries,
            read(index) {
                if (!open)
                    throw new Error("the export was closed");
                const entry = zipEntries[index];
                const header = readAt(fd, entry.headerOffset, 30);
                if (header.readUInt32LE(0) !== LOCAL)
                    throw new Error("no local file header at its offset");
                const dataAt = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
                const stored = readAt(fd, dataAt, entry.compressedSize);
                // The inflated size is capped whatever the directory claims, against a bomb that lies about it.
                const data = entry.method === 8 ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.inflateRawSync)(stored, { maxOutputLength: MAX_ENTRY_BYTES }) : stored;
                if (data.length !== entry.size)
                    throw new Error(`${data.length} bytes where the directory says ${entry.size}`);
                if ((0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(data) !== entry.crc)
                    throw new Error("CRC mismatch");
                return data;
            },
            close() {
                if (open)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
                open = false;
            },
        };
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw error;
    }
}
const keyOf = (ecosystem, name) => `${(0,_osv_js__WEBPACK_IMPORTED_MODULE_3__/* .ecosystemBase */ .gY)(ecosystem)}\u0000${(0,_osv_js__WEBPACK_IMPORTED_MODULE_3__/* .comparableName */ ._t)(ecosystem, name)}`;
/**
 * Opens an OSV export for lookups by package. The first lookup of an ecosystem reads every record of
 * that ecosystem's folder when the export has one (`PyPI/…` in the all-ecosystems zip), else every record
 * not read yet, and indexes each by the packages it names; a lookup then reads only its own records.
 */
function openOsvExport(path) {
    const errors = [];
    let unshown = 0;
    const error = (message) => {
        if (errors.length < MAX_ERRORS)
            errors.push(message);
        else if (++unshown === 1)
            errors.push("more errors not shown");
    };
    let source = { entries: [], read: () => Buffer.alloc(0), close() { } };
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        source = stat.isDirectory() ? directorySource(path, error) : zipSource(path, error);
    }
    catch (cause) {
        error(`${path}: ${cause.message}`);
    }
    const partitions = new Map();
    source.entries.forEach((entry, index) => {
        const list = partitions.get(entry.partition);
        if (list)
            list.push(index);
        else
            partitions.set(entry.partition, [index]);
    });
    const indexed = new Set();
    const byPackage = new Map();
    const parse = (index) => {
        const name = source.entries[index].name;
        try {
            return JSON.parse(source.read(index).toString("utf8"));
        }
        catch (cause) {
            error(`${name}: ${cause instanceof SyntaxError ? "not JSON" : cause.message}`);
            return undefined;
        }
    };
    const indexEcosystem = (ecosystem) => {
        const own = partitions.has(ecosystem) ? [ecosystem] : [...partitions.keys()];
        for (const partition of own) {
            if (indexed.has(partition))
                continue;
            indexed.add(partition);
            for (const entry of partitions.get(partition) ?? []) {
                const json = parse(entry);
                if (json === undefined)
                    continue;
                const affected = typeof json === "object" && json !== null ? json.affected : undefined;
                for (const item of Array.isArray(affected) ? affected : []) {
                    const pkg = typeof item === "object" && item !== null ? item.package : undefined;
                    if (typeof pkg !== "object" || pkg === null)
                        continue;
                    const { ecosystem: eco, name } = pkg;
                    if (typeof eco !== "string" || typeof name !== "string")
                        continue;
                    const key = keyOf(eco, name);
                    const list = byPackage.get(key);
                    // Entries are indexed one after the other: a record naming its package twice repeats the last one.
                    if (!list)
                        byPackage.set(key, [entry]);
                    else if (list[list.length - 1] !== entry)
                        list.push(entry);
                }
            }
        }
    };
    return {
        errors,
        lookup(ecosystem, name) {
            indexEcosystem((0,_osv_js__WEBPACK_IMPORTED_MODULE_3__/* .ecosystemBase */ .gY)(ecosystem));
            const seen = new Set();
            const records = [];
            for (const entry of byPackage.get(keyOf(ecosystem, name)) ?? []) {
                const json = parse(entry);
                if (json === undefined)
                    continue;
                const record = (0,_osv_js__WEBPACK_IMPORTED_MODULE_3__/* .readOsvRecord */ .AQ)(json);
                if (!record) {
                    error(`${source.entries[entry].name}: not an OSV record`);
                    continue;
                }
                if (seen.has(record.id))
                    continue;
                seen.add(record.id);
                records.push(record);
            }
            return records;
        },
        close() {
            source.close();
        },
    };
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
