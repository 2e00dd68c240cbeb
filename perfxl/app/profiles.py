"""A local rule file (TOML) read into a profile: the file I/O the pure core leaves out."""

from __future__ import annotations

from ..core.profile import DEFAULT_PROFILE, RuleProfile, profile_from_mapping
from ..errors import PerfxlError


def load_profile(path: str) -> RuleProfile:
    import tomllib

    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise PerfxlError(f"找不到规则文件“{path}”，请检查路径。") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PerfxlError(f"规则文件“{path}”格式有误（{exc}），请按 TOML 格式修改后重试。") from None
    return profile_from_mapping(data)


def profile_or_default(path: str | None) -> RuleProfile:
    return load_profile(path) if path else DEFAULT_PROFILE
