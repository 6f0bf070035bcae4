/** The package's version and home, put in by the bundler (esbuild.config.mjs `define`) from package.json. */
declare const GIL_LAB_PACKAGE: { version: string; repository: string } | undefined;

const fromBuild = typeof GIL_LAB_PACKAGE === 'object' ? GIL_LAB_PACKAGE : undefined;
/** `0.0.0-source` when run from source without the bundler. */
export const VERSION = fromBuild?.version ?? '0.0.0-source';
export const REPOSITORY_URL = fromBuild?.repository;
