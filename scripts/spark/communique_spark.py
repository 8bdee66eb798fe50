"""Runs Communique on Apache Spark: extract in shards on the executors, merge once on the driver.

The driver lists the input folder, gives every entry its shard (the same stable hash as
`communique extract --shard K/N`: the first 8 bytes of SHA-256 of the source id, big-endian,
modulo N), puts shard K's paths in partition K, and on each partition runs

    communique extract PIPELINE --input INPUT --shard K/N --files-from - -o PARTIALS/part-K-of-N.partial

with the paths on standard input. A partial is written under a temporary name and renamed, so a
retried task replaces its own. When every partition has returned its partial, the driver runs

    communique merge PIPELINE PARTIALS/part-*.partial --output OUTPUT

which publishes the same bytes as `communique run` on the same input.

The binary and the pipeline folder reach the executors in an archive (spark-submit --archives
job.tar.gz#job, unpacked as ./job in each task's working folder); the input folder and the
partials folder must be on storage every executor and the driver can read (a shared mount).

Usage: spark-submit [--master ...] --archives job.tar.gz#job communique_spark.py INPUT OUTPUT
           [--partitions N] [--partials DIR] [--pipeline job/pipelines/default.yml]
           [--binary job/communique] [--merge-binary PATH] [--merge-pipeline PATH]
           [--jobs-per-task 1] [--keep-partials]
"""
import argparse
import codecs
import hashlib
import os
import shutil
import subprocess
import sys


def _percent_escape(error):
    bad = error.object[error.start:error.end]
    return "".join("%%%02X" % byte for byte in bad), error.end


codecs.register_error("communique-percent", _percent_escape)


def source_id(name: bytes) -> str:
    """The id a file name gives before duplicates are told apart (InputListing.baseID): the name
    without its last extension, bytes that are not UTF-8 written as %XX."""
    dot = name.rfind(b".")
    stem = name[:dot] if dot >= 0 else name
    return stem.decode("utf-8", "communique-percent")


def shard_of(name: bytes, count: int) -> int:
    digest = hashlib.sha256(source_id(name).encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") % count


def job_path(path: str) -> str:
    """A path inside the shipped archive, as a task sees it: relative to its working folder
    (where --archives unpacks), else in Spark's files folder, else as given."""
    if os.path.isabs(path) or os.path.exists(path):
        return os.path.abspath(path)
    from pyspark import SparkFiles

    candidate = os.path.join(SparkFiles.getRootDirectory(), path)
    return candidate if os.path.exists(candidate) else os.path.abspath(path)


def extract_partition(settings):
    """The task body: runs `communique extract` on this partition's paths."""

    def run(index, paths):
        paths = list(paths)
        partial = os.path.join(settings["partials"], "part-%05d-of-%05d.partial" % (index, settings["partitions"]))
        command = [job_path(settings["binary"]), "extract", job_path(settings["pipeline"]),
                   "--input", settings["input"], "--shard", "%d/%d" % (index, settings["partitions"]),
                   "--files-from", "-", "--output", partial, "--jobs", str(settings["jobs"]), "--quiet"]
        stdin = b"".join(os.fsencode(path) + b"\n" for path in paths)
        result = subprocess.run(command, input=stdin, capture_output=True)
        if result.returncode != 0:
            raise RuntimeError("extract of partition %d failed (exit %d): %s"
                               % (index, result.returncode, result.stderr.decode("utf-8", "replace")))
        yield partial

    return run


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--partials", help="shared folder for the partials (default: beside OUTPUT)")
    parser.add_argument("--pipeline", default="job/pipelines/default.yml")
    parser.add_argument("--binary", default="job/communique")
    parser.add_argument("--merge-binary", help="the binary the driver merges with (default: the archive's)")
    parser.add_argument("--merge-pipeline", help="the pipeline the driver merges with (default: the archive's)")
    parser.add_argument("--jobs-per-task", type=int, default=1)
    parser.add_argument("--keep-partials", action="store_true")
    args = parser.parse_args(argv)
    if args.partitions < 1:
        parser.error("--partitions must be at least 1")

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("communique").getOrCreate()
    context = spark.sparkContext
    input_folder = os.path.abspath(args.input)
    output = os.path.abspath(args.output)
    partials = os.path.abspath(args.partials or os.path.join(
        os.path.dirname(output), ".%s.partials-%s" % (os.path.basename(output), context.applicationId)))
    os.makedirs(partials, exist_ok=True)

    names = sorted(os.listdir(os.fsencode(input_folder)))
    entries = [(shard_of(name, args.partitions), os.fsdecode(os.path.join(os.fsencode(input_folder), name)))
               for name in names if not name.startswith(b".")]
    settings = {"binary": args.binary, "pipeline": args.pipeline, "input": input_folder, "partials": partials,
                "partitions": args.partitions, "jobs": args.jobs_per_task}
    made = (context.parallelize(entries, args.partitions)
            .partitionBy(args.partitions, lambda shard: shard)
            .values()
            .mapPartitionsWithIndex(extract_partition(settings))
            .collect())
    # The merge uses the driver's copy of the archive (unpacked for it as for the tasks), which
    # exists while the Spark context runs.
    merge = [args.merge_binary or job_path(args.binary), "merge", args.merge_pipeline or job_path(args.pipeline)] + sorted(made)
    merge += ["--input", input_folder, "--output", output]
    result = subprocess.run(merge)
    spark.stop()
    if result.returncode == 0 and not args.keep_partials:
        for partial in made:
            os.remove(partial)
        if not os.listdir(partials):
            os.rmdir(partials)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
