// The chain model's public surface.
export { computeChains } from './compute';
export type { Chain, ChainEntry, InterceptorClass, Location, SingleOption, WrapperCall } from './model';
export { chainLensTitle, chainLensTitles, outsideNote, shortName, unknownNotes } from './display';
export { chainModel, type ChainEntryModel, type ChainModel, type ChainModelInput } from './view-model';
export { formatChainsJson, chainsJson, type ChainsJson } from './format-json';
export { formatChainsText } from './format-text';
export { formatChainsMermaid } from './mermaid-models';
export { chainsMermaid, type MermaidChain, type MermaidEntry } from './format-mermaid';
