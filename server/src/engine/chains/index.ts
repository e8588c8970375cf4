// The chain model's public surface.
export { computeChains } from './resolve';
export type { Chain, ChainEntry, InterceptorClass, Location, SingleOption } from './model';
export { chainLensTitle, chainLensTitles, shortName, unknownNotes } from './display';
export { formatChainsJson, chainsJson, type ChainsJson } from './format-json';
export { formatChainsText } from './format-text';
export { formatChainsMermaid } from './format-mermaid';
