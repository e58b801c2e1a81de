// npm run schema:data — regenerates data/schema/*.schema.json from src/domain/schema.ts.
import { writeJsonSchemaFiles } from "./jsonSchemaFiles.ts";

for (const path of writeJsonSchemaFiles()) console.log(`wrote ${path}`);
