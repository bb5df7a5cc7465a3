export const id = 756;
export const ids = [756];
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

/***/ 8756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   severityOf: () => (/* binding */ severityOf)
/* harmony export */ });
/* harmony import */ var _cvss_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(412);

function severityOf(advisory) {
    const computed = advisory.severity.cvss ? (0,_cvss_js__WEBPACK_IMPORTED_MODULE_0__/* .cvssSeverity */ .l)(advisory.severity.cvss) : undefined;
    if (computed)
        return { severity: computed.level === "none" ? "info" : computed.level, score: computed.score };
    return { severity: advisory.severity.label ?? "unknown" };
}


/***/ })

};
