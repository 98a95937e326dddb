/**
 * AWS list prices the cost section uses: us-east-1, on-demand, no free tier, no volume discounts.
 * Not fetched live (the bench runs offline); re-check https://aws.amazon.com/pricing before quoting.
 */
export const PRICES = {
  /** When these figures were recorded for this report. */
  asOf: '2026-11-28',
  region: 'us-east-1',
  lambda: {
    /** arm64 (Graviton), per GB-second of billed duration (first tier). */
    perGbSecondArm64: 0.0000133334,
    perMillionRequests: 0.2,
    /** Memory at which a function gets one full vCPU; below it, CPU-bound work runs proportionally slower. */
    fullVcpuAtMiB: 1769,
  },
  dynamodb: {
    /** On-demand write request units (1 KB each). */
    perMillionWriteUnits: 0.625,
    /** On-demand read request units (4 KB strongly consistent, or 2 eventually consistent reads). */
    perMillionReadUnits: 0.125,
    /** Standard table class storage. */
    perGbMonth: 0.25,
  },
  sqs: {
    /** Standard queue, per million requests (each 64 KiB chunk of payload is one request), after the free tier. */
    perMillionRequests: 0.4,
  },
  sns: {
    perMillionPublishes: 0.5,
  },
  comprehend: {
    /** DetectEntities: per unit of 100 characters (first tier), 3-unit minimum per request. */
    perUnit: 0.0001,
    charactersPerUnit: 100,
    minimumUnitsPerRequest: 3,
  },
} as const;
