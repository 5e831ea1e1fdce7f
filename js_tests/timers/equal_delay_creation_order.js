// timers with the same delay fire in creation order
for (const name of ['a', 'b', 'c', 'd', 'e']) setTimeout(() => console.log(name), 5);
