// The chain model's public surface.
export { computeChains } from './compute';
export type { Chain, ChainEntry, InterceptorClass, Location, SingleOption, WrapperCall } from './model';
export { chainLensTitle, chainLensTitles, shortName, unknownNotes } from './display';
export { formatChainsJson, chainsJson, type ChainsJson } from './format-json';
export { formatChainsText } from './format-text';
export { formatChainsMermaid } from './format-mermaid';
