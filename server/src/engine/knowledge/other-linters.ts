// Facts about the other Go linters whose suppression directives ctxlens honours.

/**
 * Other names golangci-lint accepts for a linter in `//nolint:<name>` (its lintersdb's
 * WithAlternativeNames): `//nolint:vet` suppresses govet, `//nolint:megacheck` staticcheck.
 */
export const LINTER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  govet: ['vet', 'vetshadow'],
  staticcheck: ['megacheck'],
};

/** The linter whose `//lint:ignore <check> <reason>` directives ctxlens reads. */
export const STATICCHECK = 'staticcheck';
