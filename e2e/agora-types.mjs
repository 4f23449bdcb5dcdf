// JSON-RPC and type definitions of Agora's custom methods for @polkadot/api.
//
//   import { ApiPromise, WsProvider } from '@polkadot/api';
//   import { rpc, types } from './agora-types.mjs';
//   const api = await ApiPromise.create({ provider: new WsProvider(url), rpc, types });
//   const info = await api.rpc.agora.info();
//
// Every Agora method takes an optional block hash `at` last (the best block when omitted).

import { Text } from '@polkadot/types';

/**
 * A decimal number sent as a JSON string ("0.5"): what the node's numeric parameters (model
 * features) accept besides plain JSON numbers. Plain `Text` would turn the number 0 into "".
 */
export class AgoraDecimal extends Text {
  constructor(registry, value) {
    const isNumber = typeof value === 'number' || typeof value === 'bigint';
    super(registry, isNumber ? String(value) : value);
  }
}

/** Types of Agora's RPC methods (field names as the node serializes them). */
export const types = {
  AgoraDecimal,
  PalletSummary: {
    index: 'u32',
    name: 'Text',
    module: 'Text',
    crateVersion: 'Text',
    storageVersion: 'u16',
  },
  AgoraInfo: {
    specName: 'Text',
    specVersion: 'u32',
    tokenSymbol: 'Text',
    tokenDecimals: 'u8',
    pallets: 'Vec<PalletSummary>',
  },
};

/** Custom JSON-RPC methods, by section. */
export const rpc = {
  agora: {
    info: {
      description: "The runtime's name, spec version, token and pallets with their storage versions.",
      params: [{ name: 'at', type: 'Hash', isOptional: true }],
      type: 'AgoraInfo',
    },
  },
  recommender: {
    models: {
      description: 'The recommender models with ids start.. (at most limit, 1..=100; retired ones included): kind, feature names, version, metrics.',
      params: [
        { name: 'start', type: 'Option<u32>', isOptional: true },
        { name: 'limit', type: 'Option<u32>', isOptional: true },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    predict: {
      description: 'An explained prediction of a model for a feature vector (numbers or decimal strings, in feature order).',
      params: [
        { name: 'modelId', type: 'u32' },
        { name: 'features', type: 'Vec<AgoraDecimal>' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
  },
  credentials: {
    verify: {
      description: 'The status of a credential (valid, revoked, suspended, expired, issuerSuspended, unknown) and the credential in W3C VC shape.',
      params: [
        { name: 'id', type: 'u64' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
    ofSubject: {
      description: "A learner's credentials that it has not hidden, each with its status.",
      params: [
        { name: 'subject', type: 'AccountId' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    courses: {
      description: 'The course catalog, filtered by { provider?, openOnly?, minSkill?: { skill, level } }, from id start, at most limit (1..=100).',
      params: [
        { name: 'filter', type: 'Option<Json>', isOptional: true },
        { name: 'start', type: 'Option<u32>', isOptional: true },
        { name: 'limit', type: 'Option<u32>', isOptional: true },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    recommendCourses: {
      description: 'The k (1..=50) courses the course model ranks best for a learner among those whose requirements it meets, with explanations and, per taught skill, its fit.',
      params: [
        { name: 'learner', type: 'AccountId' },
        { name: 'k', type: 'u32' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    skills: {
      description: 'The skill taxonomy from id start, at most limit (1..=100): names, alignments, prerequisites.',
      params: [
        { name: 'start', type: 'Option<u32>', isOptional: true },
        { name: 'limit', type: 'Option<u32>', isOptional: true },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    learnerProfile: {
      description: "A learner's level and mastery of every skill its credentials attest, with the credentials behind each.",
      params: [
        { name: 'learner', type: 'AccountId' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    courseReadiness: {
      description: "Whether a learner meets a course's requirements, and which it does not.",
      params: [
        { name: 'learner', type: 'AccountId' },
        { name: 'course', type: 'u32' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
    learningPath: {
      description: 'The fewest open courses that take a learner to a level (1..=100) in a skill, with price and rewards.',
      params: [
        { name: 'learner', type: 'AccountId' },
        { name: 'skill', type: 'u32' },
        { name: 'level', type: 'u8' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
    statusList: {
      description: "An issuer's W3C Bitstring Status Lists (revocation, suspension), null if it never issued.",
      params: [
        { name: 'issuer', type: 'AccountId' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
  },
  oracle: {
    price: {
      description: "An asset's price (median of fresh feeds, null without enough of them), the feeds behind it and its delayed price (current, next, nextAt, delayMs). asset: 'native' or an asset id.",
      params: [
        { name: 'asset', type: 'Text' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
  },
  stablecoin: {
    vault: {
      description: "A vault: collateral, debt with accrued fees, ratio, liquidation price, AGD still mintable. asset: 'native' or an asset id.",
      params: [
        { name: 'owner', type: 'AccountId' },
        { name: 'asset', type: 'Text' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Option<Json>',
    },
    system: {
      description: 'The books: AGD issuance, total debt, surplus, bad debt, per-collateral totals and prices, shutdown and redemption pools.',
      params: [{ name: 'at', type: 'Hash', isOptional: true }],
      type: 'Json',
    },
    auctions: {
      description: 'Running liquidation auctions with their current prices, ids from start, at most limit (1..=100).',
      params: [
        { name: 'start', type: 'Option<u32>', isOptional: true },
        { name: 'limit', type: 'Option<u32>', isOptional: true },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    recommend: {
      description: "The risk of an account's vaults: safe ratio, collateral to deposit to reach it, the risk model's explained score.",
      params: [
        { name: 'owner', type: 'AccountId' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    atRiskVaults: {
      description: 'At most limit (1..=100) vaults below their safe ratio, riskiest first, among the next 1,000 vaults from the cursor start: { vaults, scanned, next }.',
      params: [
        { name: 'limit', type: 'u32' },
        { name: 'start', type: 'Option<Bytes>', isOptional: true },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
    savings: {
      description: "An account's savings: { pie, balance, chi } (balance: AGD it can withdraw now, interest included).",
      params: [
        { name: 'who', type: 'AccountId' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
  },
  lending: {
    markets: {
      description: 'Every lending market: rates (APR and APY), utilization, totals, exchange rate, price, protocol seize share, isolation.',
      params: [{ name: 'at', type: 'Hash', isOptional: true }],
      type: 'Vec<Json>',
    },
    accountLiquidity: {
      description: "An account's collateral value, borrow value, liquidity and shortfall (AGD smallest units).",
      params: [
        { name: 'who', type: 'AccountId' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
    position: {
      description: "An account's lend tokens, supplied and borrowed amounts per market, pending rewards, and the collateral it is isolated in (isolatedIn).",
      params: [
        { name: 'who', type: 'AccountId' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },    recommend: {
      description: "An account's explained borrower score, collateral boost and safe borrow amounts.",
      params: [
        { name: 'who', type: 'AccountId' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
  },
  governance: {
    referendum: {
      description: 'A referendum: status, tally, approval and support against the curves, time left, projected outcome.',
      params: [
        { name: 'index', type: 'u32' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
    referenda: {
      description: 'Referenda in index order, optionally of one status, paginated.',
      params: [
        { name: 'status', type: 'Option<Text>' },
        { name: 'start', type: 'Option<u32>' },
        { name: 'limit', type: 'Option<u32>' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    votingPower: {
      description: "An account's balance, vote locks and delegations per track.",
      params: [
        { name: 'who', type: 'AccountId' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Json',
    },
    recommendDelegates: {
      description: 'The k accounts whose votes resemble this account\'s most, with the explanation.',
      params: [
        { name: 'who', type: 'AccountId' },
        { name: 'k', type: 'u32' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
    recommendReferenda: {
      description: 'Open referenda the account has not voted on, those its look-alikes voted on first.',
      params: [
        { name: 'who', type: 'AccountId' },
        { name: 'k', type: 'u32' },
        { name: 'at', type: 'Hash', isOptional: true },
      ],
      type: 'Vec<Json>',
    },
  },
  // Present only on a node started with `--sealing instant|manual`.
  engine: {
    createBlock: {
      description: 'Seal a block now (manual-seal).',
      params: [
        { name: 'createEmpty', type: 'bool' },
        { name: 'finalize', type: 'bool' },
        { name: 'parentHash', type: 'BlockHash', isOptional: true },
      ],
      type: 'CreatedBlock',
    },
    finalizeBlock: {
      description: 'Finalize a block (manual-seal).',
      params: [
        { name: 'hash', type: 'BlockHash' },
        { name: 'justification', type: 'Justification', isOptional: true },
      ],
      type: 'bool',
    },
  },
};
