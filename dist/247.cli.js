export const id = 247;
export const ids = [247];
export const modules = {

/***/ 247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3439);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(797);
// The config file's YAML, parsed with the line of every key so that errors name it. Loaded only when
// there is a config file: a scan without one never loads the YAML library for it.


/** Parses and validates config text read from `file`; errors name the file and the line. */
function parseConfig(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // Duplicate keys are checked below in one pass: the parser's own check compares every pair of keys.
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text.replace(/^\uFEFF/, ""), { lineCounter, prettyErrors: false, uniqueKeys: false });
    const [error] = doc.errors;
    if (error)
        throw new _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`not valid YAML: ${error.message.split("\n")[0]}`, { file, line: lineCounter.linePos(error.pos[0]).line });
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 });
    }
    catch (failure) {
        throw new _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`not valid YAML: ${failure.message.split("\n")[0]}`, { file });
    }
    const lines = keyLines(doc.contents, lineCounter, file);
    // A key without a line of its own (reached through an alias) is placed at its nearest parent's.
    const lineOf = (key) => {
        for (let k = key; k !== ""; k = k.replace(/(\.[^.[]*|\[\d+\])$|^[^.[]*$/, "")) {
            const line = lines.get(k);
            if (line !== undefined)
                return line;
        }
        return undefined;
    };
    return (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .validateConfig */ .$r)(data, { file, lineOf });
}
/** The line of every key (`rules.AIA101`) and list item (`ignore[0]`) in the document. */
function keyLines(root, lineCounter, file) {
    const lines = new Map();
    const stack = [[root, ""]];
    const place = (key, node) => {
        const offset = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) ? node.range?.[0] : undefined;
        if (offset !== undefined && !lines.has(key))
            lines.set(key, lineCounter.linePos(offset).line);
    };
    while (stack.length > 0) {
        const [node, path] = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const names = new Set();
            for (const pair of node.items) {
                const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
                const key = path === "" ? name : `${path}.${name}`;
                if (names.has(name)) {
                    const offset = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(pair.key) ? pair.key.range?.[0] : undefined;
                    throw new _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${key}: duplicate key`, { file, line: offset === undefined ? undefined : lineCounter.linePos(offset).line });
                }
                names.add(name);
                place(key, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(pair.key) ? pair.key : pair.value);
                stack.push([pair.value, key]);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            node.items.forEach((item, index) => {
                place(`${path}[${index}]`, item);
                stack.push([item, `${path}[${index}]`]);
            });
        }
    }
    return lines;
}


/***/ })

};
