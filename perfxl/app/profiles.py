"""A local rule file (TOML) read into a profile: the file I/O the pure core leaves out."""

from __future__ import annotations

from ..core.profile import DEFAULT_PROFILE, RuleProfile, profile_from_mapping
from ..errors import PerfxlError


def load_profile(path: str) -> RuleProfile:
    import tomllib

    from ..errors import toml_error_text
    from ..files import read_limited

    # one bounded read of a regular file: never a FIFO or /dev/zero
    raw = read_limited(path, 1024 * 1024, f"规则文件“{path}”超过 1MB，不像是评分规则文件，请检查路径。", "规则文件")
    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PerfxlError(f"规则文件“{path}”格式有误（{toml_error_text(exc)}），请按 TOML 格式修改后重试。") from None
    return profile_from_mapping(data)


def profile_or_default(path: str | None) -> RuleProfile:
    return load_profile(path) if path else DEFAULT_PROFILE
