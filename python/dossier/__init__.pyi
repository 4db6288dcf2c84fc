from typing import Any, Dict, Iterable, Iterator, Mapping, Optional, Union

Item = Union[str, Mapping[str, Any]]

class DossierError(ValueError): ...

def extract(
    text: str,
    *,
    id: Optional[str] = ...,
    date: Optional[str] = ...,
    reference_date: Optional[str] = ...,
    offsets: str = ...,
) -> Dict[str, Any]: ...
def extract_json(
    text: str,
    *,
    id: Optional[str] = ...,
    date: Optional[str] = ...,
    reference_date: Optional[str] = ...,
    offsets: str = ...,
) -> str: ...
def extract_many(
    items: Iterable[Item],
    *,
    jobs: Optional[int] = ...,
    reference_date: Optional[str] = ...,
    offsets: str = ...,
) -> Iterator[Dict[str, Any]]: ...
def extract_many_json(
    items: Iterable[Item],
    *,
    jobs: Optional[int] = ...,
    reference_date: Optional[str] = ...,
    offsets: str = ...,
) -> Iterator[str]: ...
def schema() -> Dict[str, Any]: ...
