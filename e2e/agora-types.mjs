// JSON-RPC and type definitions of Agora's custom methods for @polkadot/api.
//
//   import { ApiPromise, WsProvider } from '@polkadot/api';
//   import { rpc, types } from './agora-types.mjs';
//   const api = await ApiPromise.create({ provider: new WsProvider(url), rpc, types });
//   const info = await api.rpc.agora.info();
//
// Every Agora method takes an optional block hash `at` last (the best block when omitted).

/** Types returned by Agora's RPC methods (field names as the node serializes them). */
export const types = {
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
