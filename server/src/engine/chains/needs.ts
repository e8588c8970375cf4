// What the chain model needs from a workspace's files (`ctxlens chains` reads it whatever rules are on).
import { INTERCEPTOR_NEEDS } from '../knowledge/connect-api';
import type { TextNeeds } from '../go/needs';

/**
 * Constructor calls and the interceptors, factories and option helpers that name grpc or connect
 * types all mention grpc or connect; but a chain's values may come from any file (a package var, a function's
 * result), so once the workspace holds a constructor every file is read.
 */
export const CHAIN_MODEL_NEEDS: TextNeeds = {
  words: INTERCEPTOR_NEEDS.words,
  everyFileWhen: (facts) => [...facts.files.values()].some((file) => file.chains.constructors.length > 0),
};
