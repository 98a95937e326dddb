/** The read API's pure core: routing, parameter validation and responses over the TensionStore port. */
export { type ApiDeps, type ApiRequest, handleApiRequest } from './handle-api-request';
export { type ApiResponse, type ErrorBody, hashText } from './http';
export { MAX_RANGE_DAYS, ParamError, parseInstant, parsePair } from './params';
