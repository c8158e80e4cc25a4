// Preloaded (node -r) into a spawned `c1-twingate` to make this machine look like another Linux:
// FAKE_GLIBC=<version> reports that glibc; unset, Node reports no glibc and /lib holds a musl
// loader, as on Alpine. Only the two facts src/provider/host-libc.ts reads are changed.
"use strict";
const fs = require("node:fs");
const report = process.report;
const getReport = report.getReport.bind(report);
report.getReport = (...args) => {
  const result = getReport(...args);
  if (process.env.FAKE_GLIBC) result.header.glibcVersionRuntime = process.env.FAKE_GLIBC;
  else delete result.header.glibcVersionRuntime;
  return result;
};
const readdirSync = fs.readdirSync;
fs.readdirSync = function (path, ...rest) {
  if (path === "/lib" && !process.env.FAKE_GLIBC) return ["apk", "ld-musl-x86_64.so.1", "libc.musl-x86_64.so.1"];
  return readdirSync.call(this, path, ...rest);
};
