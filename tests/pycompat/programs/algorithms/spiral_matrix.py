# Generate and traverse matrices in spiral order; rotate a matrix 90 degrees.

def spiral_order(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1 if m else -1
    while top <= bottom and left <= right:
        out.extend(m[top][left:right + 1])
        top += 1
        for r in range(top, bottom + 1):
            out.append(m[r][right])
        right -= 1
        if top <= bottom:
            out.extend(reversed(m[bottom][left:right + 1]))
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                out.append(m[r][left])
            left += 1
    return out


def spiral_fill(n):
    grid = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        grid[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n and grid[nr][nc] == 0):
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return grid


def rotate(m):
    return [list(row) for row in zip(*m[::-1])]


def show(m):
    for row in m:
        print(" ".join(f"{x:3}" for x in row))


m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(spiral_order(m))
print(spiral_order([[1, 2], [3, 4]]))
print(spiral_order([[7]]))
grid = spiral_fill(5)
show(grid)
print("spiral of fill:", spiral_order(grid) == list(range(1, 26)))
print("rotated:")
show(rotate(m))
print("four rotations identity:", rotate(rotate(rotate(rotate(m)))) == m)
