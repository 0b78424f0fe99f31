"""Facts in, Stories out: house-style numbers, angles (what leads), templates."""
