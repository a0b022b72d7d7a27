"""Scale out: extraction in batches on processes or a Dask cluster (`parallel`, `cluster`),
and documents' facts as N-Quads shards written by `kg extract` and bulk-loaded by `kg load`
(`shards`). Import the modules themselves: this package imports nothing, so that
`kg.ingest` can use `kg.scale.parallel` while `kg.scale.shards` uses `kg.ingest`."""
