import { OpenAPIBackend, type Document } from "openapi-backend";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: unknown) => void;

/** An openapi-backend that validates requests (and, on demand, responses) with formats (uri, date-time...) checked. */
export function createValidatingBackend(definition: Document): OpenAPIBackend {
  return new OpenAPIBackend({
    definition,
    quick: true,
    validate: true,
    strict: false,
    customizeAjv: (ajv) => {
      addFormats(ajv);
      return ajv;
    },
  });
}
