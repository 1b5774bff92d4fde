# The mock server in a container, as stripe-mock and Prism ship:
#   docker build -t campfire-mock .
#   docker run --rm -p 8765:8765 campfire-mock                      # demo data
#   docker run --rm -p 8765:8765 -e CAMPFIRE_MOCK_SEED=none campfire-mock
#   docker run --rm -p 8765:8765 -v campfire-state:/data -e CAMPFIRE_MOCK_STATE_FILE=/data/state.sqlite campfire-mock
# Every `campfire-mock serve` flag is also a CAMPFIRE_MOCK_* variable; a flag after the image name wins.
FROM python:3.11-slim

WORKDIR /src
COPY sdk ./sdk
COPY mockserver ./mockserver
COPY pyproject.toml README.md ./
RUN pip install --no-cache-dir ./sdk ".[mcp]" && rm -rf /src

RUN useradd --create-home --uid 10001 campfire && mkdir /data && chown campfire /data
USER campfire
WORKDIR /home/campfire

# Inside a container the server must listen on every interface, not only loopback.
ENV CAMPFIRE_MOCK_HOST=0.0.0.0 \
    CAMPFIRE_MOCK_PORT=8765 \
    PYTHONUNBUFFERED=1
EXPOSE 8765
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s \
    CMD python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:8765/__campfire_mock__/health', timeout=2)"

# No CMD flags: the seed defaults to demo, so CAMPFIRE_MOCK_SEED (and every other variable) takes effect.
ENTRYPOINT ["campfire-mock", "serve"]
