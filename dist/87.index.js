export const id = 87;
export const ids = [87];
export const modules = {

/***/ 4087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   purlOf: () => (/* binding */ purlOf)
/* harmony export */ });
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8387);
/* harmony import */ var packageurl_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(packageurl_js__WEBPACK_IMPORTED_MODULE_0__);
// Package URLs (purl) of components, for the JSON inventory, findings and the CycloneDX BOM.

const PURL_TYPE = { PyPI: "pypi", npm: "npm", Go: "golang", "crates.io": "cargo", apt: "deb", GitHub: "github", conda: "conda" };
/** The purl of a component; undefined for a package without an exact version (a range names no one package). */
function purlOf(component) {
    try {
        if (component.type === "image") {
            const { registry, repository, tag, digest } = component.image;
            const slash = repository.lastIndexOf("/");
            const namespace = slash > 0 ? repository.slice(0, slash) : undefined;
            const qualifiers = {};
            if (registry)
                qualifiers.repository_url = registry.toLowerCase();
            if (digest && tag)
                qualifiers.tag = tag;
            return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL("docker", namespace, repository.slice(slash + 1), digest ?? tag, Object.keys(qualifiers).length ? qualifiers : undefined).toString();
        }
        if (component.version === undefined)
            return undefined;
        const type = PURL_TYPE[component.ecosystem];
        const slash = component.name.lastIndexOf("/");
        const namespace = slash > 0 ? component.name.slice(0, slash) : undefined;
        return new packageurl_js__WEBPACK_IMPORTED_MODULE_0__.PackageURL(type, namespace, component.name.slice(slash + 1), component.version).toString();
    }
    catch {
        // A name the purl grammar refuses (the scanned tree may write anything): no purl rather than a wrong one.
        return undefined;
    }
}


/***/ })

};
