#!/usr/bin/env python3
"""Opens N Server-Sent Event streams at once (one asyncio process, not N), holds them for --hold
seconds and prints how many were open with a 200 and how many events they received."""
import argparse
import asyncio


async def stream(host, port, path, token, hold, counts):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(("GET %s HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\nAccept: text/event-stream\r\n\r\n"
                  % (path, host, token)).encode())
    await writer.drain()
    status = await reader.readline()
    if b" 200 " in status:
        counts["open"] += 1
    try:
        end = asyncio.get_event_loop().time() + hold
        while asyncio.get_event_loop().time() < end:
            line = await asyncio.wait_for(reader.readline(), timeout=max(0.1, end - asyncio.get_event_loop().time()))
            if not line:
                break
            if line.startswith(b"event:"):
                counts["events"] += 1
    except asyncio.TimeoutError:
        pass
    writer.close()


async def main(args):
    paths = [line.strip() for line in open(args.paths) if line.strip()]
    counts = {"open": 0, "events": 0}
    tasks = [stream("127.0.0.1", args.port, paths[i % len(paths)], args.token, args.hold, counts)
             for i in range(args.count)]
    await asyncio.gather(*tasks, return_exceptions=True)
    print("streams open: %d of %d, events received: %d" % (counts["open"], args.count, counts["events"]))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--paths", required=True)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--hold", type=float, default=30)
    asyncio.run(main(parser.parse_args()))
