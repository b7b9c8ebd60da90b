"""Data files that ship with hadath, and the one way to read them."""
from importlib import resources

from hadath.errors import ResourceError


def read_bytes(package: str, name: str, *, rebuild: str) -> bytes:
    """The bytes of data file `name` in `package`; a clear error naming `rebuild` (the command
    that regenerates it) where the file is missing."""
    try:
        return resources.files(package).joinpath(name).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ResourceError(f"the data file {package}/{name} is missing; reinstall hadath or "
                            f"rebuild it with: {rebuild}") from exc


def read_tsv(package: str, name: str, *, rebuild: str) -> list[list[str]]:
    """Rows of a (possibly gzipped) TSV data file, without comment and blank lines."""
    raw = read_bytes(package, name, rebuild=rebuild)
    if name.endswith(".gz"):
        import gzip

        raw = gzip.decompress(raw)
    return [line.split("\t") for line in raw.decode("utf-8").splitlines() if line and not line.startswith("#")]
