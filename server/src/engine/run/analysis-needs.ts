// What every analysis of a whole-workspace run needs from a file's text: the rules' declared
// needs and the chain model's (which `ctxlens chains` reads whatever rules are on).
import { CHAIN_MODEL_NEEDS } from '../chains/needs';
import { NeedsOfAnalyses } from '../go/needs';
import { RULES } from '../rules';

export const ANALYSIS_TEXT_NEEDS = new NeedsOfAnalyses([...RULES.map((rule) => rule.meta.needs), CHAIN_MODEL_NEEDS]);
