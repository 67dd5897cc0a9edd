// The demo's start-up floor: a process that only imports the engine's five runtime dependencies.
await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats'), import('semver'), import('smol-toml'), import('yaml')]);
