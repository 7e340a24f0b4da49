// Prints what a GitHub Actions workflow file says, one fact a line, for
// FileCheck: the job's permissions, then each step's name, `if`, `uses`,
// `with` and `run`. Usage: node workflow-steps.js FILE
"use strict";
const fs = require("fs");
const yaml = require("js-yaml");

const workflow = yaml.load(fs.readFileSync(process.argv[2], "utf8"));
for (const [id, job] of Object.entries(workflow.jobs)) {
  console.log(`job ${id} container=${job.container || ""}`);
  for (const [scope, access] of Object.entries(job.permissions || {}))
    console.log(`permission ${scope}=${access}`);
  for (const step of job.steps) {
    console.log(`step ${step.name || step.uses}`);
    if (step.if) console.log(`  if ${step.if}`);
    if (step.uses) console.log(`  uses ${step.uses}`);
    for (const [key, value] of Object.entries(step.with || {}))
      console.log(`  with ${key}=${value}`);
    if (step.run) console.log(`  run ${step.run.trim()}`);
  }
}
